import React, { useEffect, useState } from 'react';
import platformClient from 'purecloud-platform-client-v2';

const client = platformClient.ApiClient.instance;

export function Dashboard({ title }) {
  const [ready, setReady] = useState(false);

  useEffect(() => {
    client
      .postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } })
      .then(() => setReady(true));
  }, []);

  return <section className="dashboard">{ready ? <h1>{title}</h1> : <p>Loading…</p>}</section>;
}
