import * as React from 'react';
import { ApiClient } from '@genesyscloud/genesyscloud';

interface Props<T> {
  items: T[];
}

const client = ApiClient.instance;

export function QueueList<T extends { id: string }>({ items }: Props<T>) {
  React.useEffect(() => {
    client.init({
      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
    });
    void client.loginClientCredentials(
      process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string,
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string,
      ['analytics:readonly'],
    );
  }, []);
  return <ul>{items.map((item) => <li key={item.id}>{item.id}</li>)}</ul>;
}
