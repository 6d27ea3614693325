// What every reading page (a lecture's notes, a course page) is styled with: imported once by each layout.
import 'katex/dist/katex.min.css';
import './notes.css';
import './notes-quarto.css';
import './code.css';
import './cell-outputs.css';
import '../figures/diagrams.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/400-italic.css';
import '@fontsource/source-sans-3/700.css';
import '../figures/print-fonts.css';
import './notes-figures.css';
import './quiz.css';
