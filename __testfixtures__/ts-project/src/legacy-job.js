const { createClient } = require('./client-factory');

const jobClient = createClient();

async function runJob() {
  await jobClient.postOAuthApiToken({ credentials: { username: 'svc-job', password: 'job-secret' } });
}

module.exports = { runJob };
