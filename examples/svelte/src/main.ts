import { mount } from 'svelte';
import 'ktech-pass-assessment'; // registers <ktech-pass-assessment>
import App from './App.svelte';
import '../../common/theme.css';

mount(App, { target: document.getElementById('app') as HTMLElement });
