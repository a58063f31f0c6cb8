const fs=require('fs');
const {transformSource}=require('./dist/src/rewrite/transform-source.js');
const {formatRewrite}=require('./dist/src/format/format-rewrite.js');
const files=fs.readFileSync('/tmp/grantfiles.txt','utf8').trim().split('\n').map(f=>'/work/corpus-syn/'+f.slice(2));
const texts=files.map(f=>fs.readFileSync(f,'utf8'));
(async()=>{for(let r=0;r<4;r++){let t=Date.now(),tf=0;for(let i=0;i<files.length;i++){const t0=Date.now();const res=transformSource(texts[i],files[i],{scopes:['analytics:readonly']});tf+=Date.now()-t0;if(res.changed)await formatRewrite(files[i],texts[i],res.output,res.changedRanges,{enabled:true,root:'/work/corpus-syn'});}console.log('round',r,Date.now()-t,'transform',tf);}})();
