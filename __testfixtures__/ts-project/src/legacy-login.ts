import * as settings from './credentials';
import { createClient } from './client-factory';

export async function legacyLogin(): Promise<void> {
  const client = createClient();
  await client.postOAuthApiToken(settings.legacyGrant);
}
