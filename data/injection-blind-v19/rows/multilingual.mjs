import romance from './ml_romance.mjs';
import europe from './ml_europe.mjs';
import me from './ml_mideast_south.mjs';
import asia from './ml_asia_africa.mjs';
import extra from './ml_extra.mjs';
import extra2 from './ml_extra2.mjs';
import docs from './ml_docs.mjs';
export default [...romance, ...europe, ...me, ...asia, ...extra, ...extra2, ...docs].flat();
