const bcrypt = require('bcrypt');

async function checkPassword(user, password) {
  const credentials = { username: user.name, password };
  return bcrypt.compare(credentials.password, user.passwordHash);
}

module.exports = { checkPassword, grant_type: 'password' };
