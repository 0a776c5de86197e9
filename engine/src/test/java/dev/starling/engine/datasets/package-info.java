/** Tests over the real labelled data in ../shared/datasets (tag "datasets", Maven profile datasets). */
package dev.starling.engine.datasets;
