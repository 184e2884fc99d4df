/* global document */
// A Vue 3 app that uses the package as an npm dependency; `define.js` registers every tag.
import { createApp } from 'vue';
import 'shanxi-report-charts/define.js';
import App from './App.vue';

createApp(App).mount(document.getElementById('app'));
