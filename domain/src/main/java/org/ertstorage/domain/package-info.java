/** Types shared by every part of ERT's domain: rule violations and userdata. */
package org.ertstorage.domain;
