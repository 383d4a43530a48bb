<?php
/**
 * The editor script's dependencies, in the form WordPress's build tools write: editor.js is plain JavaScript
 * that uses WordPress's own editor packages, so there is no build step.
 *
 * @package OnlineSafetyKit
 */

return [
	'dependencies' => ['wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n'],
	'version'      => '0.1.0',
];
