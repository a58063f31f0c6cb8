// OAuth servers receive and implement the password grant; they do not request it.
const OAuth2Server = require('oauth2-server');
const { Request, Response } = OAuth2Server;

const oauth = new OAuth2Server({
  model: {
    getClient: async (clientId, clientSecret) => ({ id: clientId, grants: ['password', 'refresh_token'] }),
    getUser: async (username, password) => findUser(username, password),
    saveToken: async (token, client, user) => ({ ...token, client, user }),
  },
  grants: ['password', 'refresh_token'],
  requireClientAuthentication: { password: false },
});

app.post('/oauth/token', async (req, res) => {
  if (req.body.grant_type !== 'password') return res.status(400).json({ error: 'unsupported_grant_type' });
  switch (req.body.grant_type) {
    case 'password':
      return res.json(await oauth.token(new Request(req), new Response(res)));
    default:
      return res.status(400).end();
  }
});

// a server test builds the request object the server receives
const request = new Request({ body: { grant_type: 'password', username: 'u', password: 'p' }, headers: {}, method: 'POST', query: {} });
oauth.token(request, new Response({}));
const provider = new Provider('https://op.example.com', { clients: [{ client_id: 'app', grant_types: ['password'] }] });

// a grant handler's unit test hands over a plain object shaped like the received request
const received = { body: { grant_type: 'password', username: 'u', password: 'p' }, headers: {}, method: 'POST', query: {} };
const passwordHandler = new PasswordGrantType({ model: oauthModel, accessTokenLifetime: 3600 });
passwordHandler.handle(received, { id: 'app', grants: ['password'] });

// the server validates what it received against a schema
tokenRequestSchema.validate({ grant_type: 'password', username: 'u', password: 'p' });
