'use strict';

const { login } = require('./auth/session');
const { exportConversations } = require('./reports/conversation-export');
const { startQueueWorker } = require('./jobs/queue-worker');

async function main() {
  await login();
  await exportConversations(new Date(Date.now() - 24 * 3600 * 1000), new Date());
  startQueueWorker();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
