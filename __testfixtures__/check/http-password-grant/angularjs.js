// AngularJS: $http.post with $.param, and $http(config) with $httpParamSerializer of a scope field.
angular.module('shop').service('Session', ['$http', function ($http) {
  this.signIn = function (user, secret) {
    return $http.post('/api/oauth/token', $.param({ grant_type: 'password', username: user, password: secret }), { // expect: http-password-grant
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
  };
}]);

angular.module('shop').controller('SignIn', function ($scope, $http, $httpParamSerializer) {
  $scope.form = { grant_type: 'password', username: '', password: '', client_id: 'shop-web' };
  $scope.submit = function () {
    var config = { method: 'POST', url: 'https://login.mypurecloud.jp/oauth/token', data: $httpParamSerializer($scope.form) };
    $http(config).then(function (reply) { $scope.token = reply.data.access_token; }); // expect: http-password-grant
  };
});
