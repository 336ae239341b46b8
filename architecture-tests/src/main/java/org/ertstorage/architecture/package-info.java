/** Architecture rules of ert-storage, shipped as code so every module's tests can apply them. */
package org.ertstorage.architecture;
