'use strict';

const newrelic = require('newrelic');
const platformClient = require('@genesyscloud/genesyscloud');

const client = platformClient.ApiClient.instance;

async function login() {
  const auth = await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
  return auth;
}

module.exports = { login };
