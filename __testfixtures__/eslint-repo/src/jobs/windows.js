const pc = require("purecloud-platform-client-v2");
const api = pc.ApiClient.instance;

exports.connect = async () => {
  await api.postOAuthApiToken({ credentials: { username: "win", password: "crlf" } });
};
