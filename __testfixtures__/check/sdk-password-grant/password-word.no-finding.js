// The word password in code that has nothing to do with OAuth (prefilter passes: oauth/token).
const docs = 'see https://login.example.com/oauth/token for the token endpoint';
function hashPassword(password) {
  return require('crypto').createHash('sha256').update(password).digest('hex');
}
const form = { username: 'alice', password: hashPassword('secret'), grant_type: 'password' };
module.exports = { docs, form };
