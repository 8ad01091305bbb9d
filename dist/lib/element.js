import { takeBack } from './components/dom-stand-in.js';
import 'lit';
import './components/page-ready.js';
import './components/money.js';
import './components/ktech-pass-assessment.styles.js';
import './components/language.js';

takeBack();
