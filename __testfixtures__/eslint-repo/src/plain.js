// Nothing to see here: no token request at all.
module.exports = (a, b) => a + b;
