import { createApp } from 'vue';
import 'ktech-pass-assessment'; // registers <ktech-pass-assessment>
import App from './App.vue';
import '../../common/theme.css';

createApp(App).mount('#app');
