/**
 * The shared kernel: persistence base types, web plumbing, the number parser, the clock, PDF. Every
 * module may use all of it (an open module); it depends on no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
package id.kinerja.platform;

import org.springframework.modulith.ApplicationModule;
