'use strict';

const PureCloud = require('purecloud-platform-client-v2');

const apiClient = PureCloud.ApiClient.instance;
const routingApi = new PureCloud.RoutingApi();

const refreshToken = () =>
  apiClient.postOAuthApiToken({ credentials: { username: process.env.QUEUE_BOT_USER, password: process.env.QUEUE_BOT_PASSWORD } });

function startQueueWorker() {
  setInterval(() => {
    refreshToken()
      .then(() => routingApi.getRoutingQueues({ pageSize: 100 }))
      .then((queues) => console.log('queues:', queues.entities.length))
      .catch((error) => console.error('queue poll failed', error));
  }, 60_000);
}

module.exports = { startQueueWorker };
