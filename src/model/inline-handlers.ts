/**
 * Event-handler attributes of the reading pages. Being attributes, not
 * scripts, they cost a notes page no JavaScript until the reader uses the
 * control; each is one short statement with `this` the element, kept
 * self-contained (tests/unit/inline-handlers.test.ts runs them). Strings are
 * in backticks, which HTML attributes need not escape.
 */

/** Theme button: switch from the theme in use (the saved choice, else the system's) to the other, and remember it. */
export const TOGGLE_THEME = 'const r=document.documentElement,t=(r.dataset.theme||(matchMedia(`(prefers-color-scheme: dark)`).matches?`dark`:`light`))==`dark`?`light`:`dark`;r.dataset.theme=t;localStorage.setItem(`theme`,t)';

/** Study view button (the notes page): mark or unmark every slide and step of the notes (`data-study` on the page), and remember it. */
export const TOGGLE_STUDY_VIEW = 'const on=document.documentElement.toggleAttribute(`data-study`);localStorage.setItem(`study-view`,on?`on`:`off`)';

/** Copy button (placed right after its `<pre>`): copy the code's text, say so for a moment. */
export const COPY_CODE = 'navigator.clipboard.writeText(this.previousElementSibling.innerText).then(()=>{this.textContent=`Copied`;setTimeout(()=>this.textContent=`Copy`,1500)})';

/** Load the script named by the element's `data-script` when first used (a module is imported once, however often this runs). */
export const LOAD_SCRIPT = 'import(this.dataset.script)';

/** Tab of a tabset (in its tab list): select it, showing its panel and hiding the others'. */
export const SELECT_TAB = 'for(const b of this.parentElement.children){const on=b==this;b.setAttribute(`aria-selected`,on);b.tabIndex=on?0:-1;document.getElementById(b.getAttribute(`aria-controls`)).classList.toggle(`active`,on)}';

/** Tab list: arrow keys, Home and End move to a tab and select it (the ARIA tabs pattern). */
export const TAB_KEYS = 'const t=[...this.children],i=t.indexOf(event.target),n={ArrowRight:i+1,ArrowLeft:i-1,Home:0,End:t.length-1}[event.key];if(n!==undefined){event.preventDefault();const b=t[(n+t.length)%t.length];b.focus();b.click()}';

/**
 * A self-check question's controls (focus, the pointer over it): load the quiz code, which brings back the answers
 * saved for the page. The notes page names the module (`data-quiz-script`); a deck names none, and loads nothing.
 */
export const USE_QUIZ = 'const s=this.closest(`[data-quiz-script]`);s&&import(s.dataset.quizScript)';

/** A self-check question's form, submitted (Check, or Enter on an option): stay on the page, and have the quiz code check the answer. */
export const CHECK_QUIZ = `event.preventDefault();${USE_QUIZ}.then(()=>this.dispatchEvent(new Event(\`quiz-check\`)))`;
