// Cypress custom commands logging in through the token endpoint.
Cypress.Commands.add('apiLogin', () => {
  cy.request({ // expect: http-password-grant
    method: 'POST',
    url: Cypress.env('tokenUrl'),
    form: true,
    body: { grant_type: 'password', username: Cypress.env('user'), password: Cypress.env('secret'), client_id: 'e2e' },
  }).then((res) => window.localStorage.setItem('token', res.body.access_token));
});

const loginRequest = { method: 'POST', url: '/oauth/token', body: { grant_type: 'password', username: 'qa', password: 'qa' } };
Cypress.Commands.add('quickLogin', () => cy.request(loginRequest)); // expect: http-password-grant
