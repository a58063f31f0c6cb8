import * as React from 'react';
import { ApiClient } from '@genesyscloud/genesyscloud';

interface Props<T> {
  items: T[];
}

const client = ApiClient.instance;

export function QueueList<T extends { id: string }>({ items }: Props<T>) {
  React.useEffect(() => {
    void client.postOAuthApiToken({ credentials: { username: process.env.GC_USER!, password: process.env.GC_PASS! } });
  }, []);
  return <ul>{items.map((item) => <li key={item.id}>{item.id}</li>)}</ul>;
}
