import fs from 'node:fs';
const file = process.argv[2];
const prof = JSON.parse(fs.readFileSync(file));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas; let total = 0;
const counts = new Map();
prof.samples.forEach((id, i) => { counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
const agg = new Map(); const aggFile = new Map();
for (const [id, t] of counts) { const n = byId.get(id); const cf = n.callFrame; const k = `${cf.functionName || '(anon)'} ${cf.url.split('/node_modules/').pop().slice(-70)}:${cf.lineNumber}`; agg.set(k, (agg.get(k) ?? 0) + t);
  const f = cf.url.includes('node_modules') ? cf.url.split('/node_modules/').pop().split('/').slice(0, cf.url.includes('@') ? 2 : 1).join('/') : (cf.url ? 'app:' + cf.url.split('/').slice(-2).join('/') : cf.functionName); aggFile.set(f, (aggFile.get(f) ?? 0) + t); }
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, t] of [...aggFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / total * 100).toFixed(1).padStart(5), '%', k);
console.log('---');
for (const [k, t] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((t / total * 100).toFixed(1).padStart(5), '%', k);
