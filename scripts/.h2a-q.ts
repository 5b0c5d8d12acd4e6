import { scoreTextFor } from '../src/detect/injection/score.js';
for (const t of process.argv.slice(2)) { const a = scoreTextFor(0,'injection',t,'input'); const b = scoreTextFor(1,'jailbreak',t,'input'); console.log(a.score.toFixed(2), a.model.toFixed(2), a.hits.map(h=>h.rule.id).join(','), '|', b.score.toFixed(2), b.model.toFixed(2), b.hits.map(h=>h.rule.id).join(','), '|', t.slice(0,60)); }
