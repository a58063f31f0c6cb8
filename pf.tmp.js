const fs=require('fs');
const {couldHoldPasswordGrant}=require('./dist/src/runner/prefilter.js');
const files=require('child_process').execSync("find /work/corpus-nosdk -type f -name '*.*s'").toString().trim().split('\n');
const bufs=files.map(f=>fs.readFileSync(f));
const needles=['postOAuthApiToken','grant_type','grantType','password-grant-codemod-ignore-next-line','PureCloudRegionHosts','simple-oauth2','client-oauth2','openid-client','oauth4webapi','keycloak-admin','obtainDirectly','@badgateway/oauth2-client','fetch-mw-oauth2','oauth2-password-grant','angular-oauth2-oidc','getOAuthAccessToken','acquireTokenByUsernamePassword','acquireTokenWithUsernamePassword','UsernamePasswordCredential','passwordGrant','UsersApi','ConversationsApi','loginClientCredentials','loginImplicitGrant','loginPKCEGrant'];
const re=new RegExp(needles.map(n=>n.replace(/[.*+?^${}()|[\]\\\/@-]/g,'\\$&')).join('|'));
for(let r=0;r<3;r++){
let t=Date.now();let n=0;for(const b of bufs) if(couldHoldPasswordGrant(b,'check')) n++;const a=Date.now()-t;
t=Date.now();let m=0;for(const b of bufs) if(re.test(b.toString('latin1'))) m++;const c=Date.now()-t;
t=Date.now();let k=0;for(const b of bufs){if(b.indexOf('grant')>=0||b.indexOf('Api')>=0||b.indexOf('login')>=0||b.indexOf('oauth')>=0) k++};const d=Date.now()-t;
console.log('automaton',a,n,'regex',c,m,'4 indexOf',d,k);}
