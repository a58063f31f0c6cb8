import React, { useEffect, useState } from 'react';
import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;

export function Dashboard({ title }) {
  const [ready, setReady] = useState(false);

  useEffect(() => {
    client.init({
      clientId: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
      clientSecret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
    });
    client
      .loginClientCredentials(
        process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
        process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
        ['analytics:readonly'],
      )
      .then(() => setReady(true));
  }, []);

  return <section className="dashboard">{ready ? <h1>{title}</h1> : <p>Loading…</p>}</section>;
}
