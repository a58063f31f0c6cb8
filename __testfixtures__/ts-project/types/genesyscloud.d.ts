// The SDK's own declarations, trimmed to what the fixture uses: the type checker
// recognises the SDK's ApiClient by this declaration.
declare module '@genesyscloud/genesyscloud' {
  export interface TokenRequest {
    grant_type?: string;
    username?: string;
    password?: string;
    credentials?: { username: string; password: string };
  }

  /** What the password grant returned. */
  export interface TokenResponse {
    access_token: string;
    expires_in: number;
  }

  /** What loginClientCredentials resolves to: not the old token shape. */
  export interface AuthData {
    accessToken: string;
    tokenExpiryTime: number;
  }

  export interface InitConfig {
    clientId: string;
    clientSecret: string;
    basePath?: string;
  }

  export class ApiClient {
    static instance: ApiClient;
    init(config: InitConfig): void;
    postOAuthApiToken(body: TokenRequest): Promise<TokenResponse>;
    loginClientCredentials(clientId: string, clientSecret: string, scopes?: string[]): Promise<AuthData>;
  }
}
