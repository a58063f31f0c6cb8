import { createClient } from './client-factory';
import { serviceAccount } from './credentials';

const gc = createClient();

export async function login(): Promise<void> {
  await gc.postOAuthApiToken(serviceAccount);
}
