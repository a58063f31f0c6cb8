// Tests of a token endpoint through supertest and chai-http: the test client sends password grants.
const request = require('supertest');
const chai = require('chai');
const app = require('../app');

const user = { username: 'tester', password: 'tester' };

it('issues a token', async () => {
  const res = await request(app).post('/oauth/token').set('Accept', 'application/json').send({ grant_type: 'password', ...user }); // expect: http-password-grant
  expect(res.status).toBe(200);
});

it('accepts the fields in several sends', (done) => {
  request(app) // expect: http-password-grant
    .post('/token')
    .send({ grant_type: 'password' })
    .send(user)
    .expect(200, done);
});

it('works with chai-http', (done) => {
  chai.request(app).post('/oauth/token').type('form').send({ grant_type: 'password', username: 'a', password: 'b' }).end(done); // expect: http-password-grant
});
