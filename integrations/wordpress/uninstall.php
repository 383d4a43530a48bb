<?php
/**
 * Deleting the plugin removes its settings, on every site of a multisite. Posts keep their block comments and
 * shortcodes, which show nothing without the plugin (WordPress prints a shortcode it does not know as text).
 *
 * @package OnlineSafetyKit
 */

declare(strict_types=1);

if (!defined('WP_UNINSTALL_PLUGIN')) {
	exit;
}

delete_option('online_safety_kit_settings');
if (is_multisite()) {
	foreach (get_sites(['fields' => 'ids', 'number' => 0]) as $site_id) {
		switch_to_blog((int) $site_id);
		delete_option('online_safety_kit_settings');
		restore_current_blog();
	}
}
