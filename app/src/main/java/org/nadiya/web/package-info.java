/**
 * Layout, navigation, language switch, error pages and the signed-in home page shared by every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.nadiya.web;
