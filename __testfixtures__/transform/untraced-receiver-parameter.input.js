async function login(client) {
  await client.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
  return client;
}

module.exports = { login };
