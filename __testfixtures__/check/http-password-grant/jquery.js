// jQuery token requests to an ASP.NET Web API (`/Token`) and to a URL given by the caller.
$('#login').on('click', function () {
  var user = $('#user').val();
  var secret = $('#secret').val();
  var grant = 'password';
  $.ajax({ // expect: http-password-grant
    url: '/Token',
    type: 'POST',
    data: { grant_type: grant, username: user, password: secret },
    success: function (reply) { sessionStorage.setItem('token', reply.access_token); },
  });
});

function fetchToken(endpoint, user, secret) {
  return $.post(endpoint, { client_id: 'web', grant_type: 'password', username: user, password: secret }, null, 'json'); // expect: http-password-grant
}
