const axios = require("axios");
const querystring = require("querystring");

async function token() {
  const result = await axios({
    method: "post",
    url: "https://login.mypurecloud.jp/oauth/token",
    data: querystring.stringify({ grant_type: "client_credentials" }),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Authorization": "Basic " + Buffer.from([
        process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
        process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET
      ].join(":")).toString("base64")
    }
  });
  return result.data;
}

module.exports = { token };
