package org.lms.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the integration tests: the real EAR the build produced, deployed as is, called over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedLms {

    @Deployment(testable = false)
    public static EnterpriseArchive lms() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("lms.ear")));
    }
}
