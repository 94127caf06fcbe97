package org.incidentatlas.io;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * Validates KML against the OGC KML 2.2 schema shipped inside JAK's jar, offline: the xAL import (fetched from
 * the web by the schema) is answered with a local stub, since exports never write xAL addresses.
 */
public final class KmlSchema {
    private static Schema schema;

    private KmlSchema() {
    }

    public static void validate(byte[] kml) throws Exception {
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(kml)));
    }

    private static synchronized Schema schema() throws Exception {
        if (schema == null) {
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setResourceResolver((type, ns, publicId, systemId, base) -> {
                if (systemId != null && systemId.endsWith("xAL.xsd")) {
                    LSInput in = ls.createLSInput();
                    in.setByteStream(KmlSchema.class.getResourceAsStream("/kml/xAL-stub.xsd"));
                    in.setSystemId(systemId);
                    return in;
                }
                return null;
            });
            schema = f.newSchema(KmlSchema.class.getResource("/schema/ogckml/ogckml22.xsd"));
        }
        return schema;
    }
}
