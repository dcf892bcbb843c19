// Kept for pages that embedded the widget before role-compare.js: loads role-compare.js, which
// mounts every [data-role-compare] element and defines <role-compare>.
import "./role-compare.js";
