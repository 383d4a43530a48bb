<?php
/*
 * Installs WordPress, installs the plugin from the built zip as Plugins → Add New → Upload Plugin does, activates
 * it, and creates an Author with an application password (the REST API login a block editor session stands for).
 * Run with php-cli from the site's folder: php install.php <url> <zip>. Prints the Author's login as JSON.
 */
[, $url, $zip] = $argv;
$_SERVER['HTTP_HOST'] = (string) parse_url($url, PHP_URL_HOST) . ':' . (string) parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install('Example Primary School', 'admin', 'admin@school.example', false, '', 'admin-password');
wp_set_current_user((int) $installed['user_id']);

require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
$result = $upgrader->install($zip);
if ($result !== true) {
	fwrite(STDERR, "The plugin zip did not install:\n" . print_r(is_wp_error($result) ? $result->get_error_messages() : $upgrader->skin->get_upgrade_messages(), true));
	exit(1);
}
$activated = activate_plugin('online-safety-kit/online-safety-kit.php');
if (is_wp_error($activated)) {
	fwrite(STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n");
	exit(1);
}

$author = wp_insert_user([
	'user_login' => 'author',
	'user_pass'  => 'author-password',
	'user_email' => 'author@school.example',
	'role'       => 'author',
]);
if (is_wp_error($author)) {
	fwrite(STDERR, 'No Author: ' . $author->get_error_message() . "\n");
	exit(1);
}
[$password] = WP_Application_Passwords::create_new_application_password($author, ['name' => 'End-to-end test']);
echo wp_json_encode([
	'author'             => 'author',
	'applicationPassword' => $password,
	'authorCanUnfiltered' => user_can($author, 'unfiltered_html'),
	'adminCanUnfiltered'  => user_can((int) $installed['user_id'], 'unfiltered_html'),
	'wordpress'          => get_bloginfo('version'),
]);
