<?php
/**
 * Plugin Name:       Online Safety Kit
 * Description:       Online-safety help for parents, children and staff from your council's kit: a block and a shortcode that every role can use, with the kit's script added only where they are.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The online-safety kit's maintainers
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       online-safety-kit
 *
 * What a post stores is a block comment or a shortcode, which WordPress keeps for every role (Authors and
 * Contributors, everyone on a multisite, and sites with DISALLOW_UNFILTERED_HTML), where a pasted <script> or
 * <iframe> is deleted on save. The page gets the kit's placeholder, with plain links to help inside it, and the
 * kit's embed.js once, in the footer. The kit itself is not copied here: it is loaded from the council's address.
 *
 * @package OnlineSafetyKit
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
	exit;
}

const ONLINE_SAFETY_KIT_VERSION = '0.1.0';
const ONLINE_SAFETY_KIT_OPTION  = 'online_safety_kit_settings';

require_once __DIR__ . '/includes/labels.php';
require_once __DIR__ . '/includes/components.php';
require_once __DIR__ . '/includes/kit-check.php';
require_once __DIR__ . '/includes/settings-page.php';
require_once __DIR__ . '/includes/render.php';

add_action('init', 'online_safety_kit_register');
add_action('admin_menu', 'online_safety_kit_add_settings_page');
add_action('admin_init', 'online_safety_kit_register_settings');

/** The block, the shortcode and the kit's script (enqueued only by what uses it). */
function online_safety_kit_register(): void {
	load_plugin_textdomain('online-safety-kit', false, dirname(plugin_basename(__FILE__)) . '/languages');

	$settings = online_safety_kit_settings();
	if ($settings['kit_url'] !== '') {
		// No version in the address: embed.js is the kit's short-cached entry point and finds its parts beside itself.
		wp_register_script('online-safety-kit', $settings['kit_url'] . 'embed.js', [], null, true);
	}
	add_filter('script_loader_tag', 'online_safety_kit_script_tag', 10, 2);

	$editor_asset = require __DIR__ . '/block/editor.asset.php';
	wp_register_script(
		'online-safety-kit-editor',
		plugins_url('block/editor.js', __FILE__),
		$editor_asset['dependencies'],
		$editor_asset['version'],
		false
	);
	wp_add_inline_script(
		'online-safety-kit-editor',
		'window.onlineSafetyKit = ' . wp_json_encode(online_safety_kit_editor_data()) . ';',
		'before'
	);
	wp_set_script_translations('online-safety-kit-editor', 'online-safety-kit');

	register_block_type(__DIR__ . '/block', ['render_callback' => 'online_safety_kit_render_block']);
	add_shortcode('online_safety', 'online_safety_kit_render_shortcode');
}

/** In the block editor, the kit draws the block's preview as readers will see it. */
add_action('enqueue_block_editor_assets', static function (): void {
	if (wp_script_is('online-safety-kit', 'registered')) {
		wp_enqueue_script('online-safety-kit');
	}
});

/**
 * The kit's settings with defaults, whatever is stored.
 *
 * @return array{kit_url: string, dsl_name: string, dsl_phone: string, dsl_email: string}
 */
function online_safety_kit_settings(): array {
	$stored = get_option(ONLINE_SAFETY_KIT_OPTION, []);
	$stored = is_array($stored) ? $stored : [];
	$settings = [];
	foreach (['kit_url', 'dsl_name', 'dsl_phone', 'dsl_email'] as $key) {
		$settings[$key] = isset($stored[$key]) && is_string($stored[$key]) ? $stored[$key] : '';
	}
	return $settings;
}
