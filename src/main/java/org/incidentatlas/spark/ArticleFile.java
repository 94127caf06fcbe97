package org.incidentatlas.spark;

import java.io.Serializable;

/**
 * One article file to read, as the driver listed it: its Hadoop path, the article id it gets (the file name, or
 * the path when an earlier file has the same name, as {@code io.CorpusReader} does), its place in corpus order,
 * its size and its folder (where its {@code manifest.json} would be).
 */
record ArticleFile(String path, String source, String name, String id, long order, long size, String folder)
        implements Serializable {
}
