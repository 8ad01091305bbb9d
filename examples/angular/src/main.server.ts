import { type BootstrapContext, bootstrapApplication } from '@angular/platform-browser';
// Safe on the server: the import defines nothing where there is no page.
import 'ktech-pass-assessment';
import { AppComponent } from './app.component';
import { serverConfig } from './app.config.server';

export default (context: BootstrapContext) => bootstrapApplication(AppComponent, serverConfig, context);
