const axios = require("axios");
const querystring = require("querystring");

const username = "svc-queue-monitor";
const password = "correct-horse-battery-staple";

async function token() {
  const result = await axios({
    method: "post",
    url: "https://login.mypurecloud.jp/oauth/token",
    data: querystring.stringify({ grant_type: "password", username, password }),
    headers: { "Content-Type": "application/x-www-form-urlencoded" }
  });
  return result.data;
}

module.exports = { token };
