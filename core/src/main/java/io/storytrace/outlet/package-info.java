/**
 * Outlet profiles: per outlet, how many of its articles are originals, copies or rewrites and how
 * often its versions alter quotations, add commentary or copy without credit, each count with its
 * evidence and shares shown only above a minimum sample size.
 */
package io.storytrace.outlet;
