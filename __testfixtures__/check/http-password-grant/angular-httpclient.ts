// Angular HttpClient: HttpParams built by chains, fromObject and fromString, as body or `params`.
import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';

declare const environment: { authBase: string };

export class TokenService {
  private readonly tokenUrl = `${environment.authBase}/connect/token`;

  constructor(private readonly http: HttpClient) {}

  chained(user: string, secret: string) {
    const form = new HttpParams().set('grant_type', 'password').set('username', user).set('password', secret);
    return this.http.post(this.tokenUrl, form.toString(), { headers: new HttpHeaders({ 'Content-Type': 'application/x-www-form-urlencoded' }) }); // expect: http-password-grant
  }

  asQuery(user: string, secret: string) {
    const params = new HttpParams().append('grant_type', 'password').append('username', user).append('password', secret);
    return this.http.post<unknown>('/uaa/oauth/token', {}, { params }); // expect: http-password-grant
  }

  fromObject(user: string, secret: string) {
    return this.http.post(this.tokenUrl, new HttpParams({ fromObject: { grant_type: 'password', username: user, password: secret } })); // expect: http-password-grant
  }

  fromString(user: string, secret: string) {
    return this.http.post(this.tokenUrl, new HttpParams({ fromString: `grant_type=password&username=${user}&password=${secret}` })); // expect: http-password-grant
  }
}
