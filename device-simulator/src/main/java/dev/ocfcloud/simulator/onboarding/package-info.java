/** Where devices get their onboarding (authorization) codes: a list, one shared code, or the cloud. */
package dev.ocfcloud.simulator.onboarding;
