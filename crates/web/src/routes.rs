//! The one route table. Every route is listed here, once, with the handler
//! whose path says what it does. The authorisation test walks this table:
//! a route missing from its role matrix fails the build's tests.

use crate::AppState;
use crate::handlers::{api, html};
use axum::Router;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, get, post};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// One entry of the route table.
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub handler: MethodRouter<AppState>,
}

macro_rules! routes {
    ($($method:ident $path:literal => $handler:path;)*) => {
        vec![$(Route { method: stringify!($method), path: $path, handler: $method($handler) },)*]
    };
}

/// Every route of the application.
pub fn table() -> Vec<Route> {
    let mut t = routes! {
        get "/" => html::home::show;
        get "/setup" => html::setup::form;
        post "/setup" => html::setup::submit;
        get "/signup" => html::auth::signup_form;
        post "/signup" => html::auth::signup;
        get "/confirm" => html::auth::confirm_form;
        post "/confirm" => html::auth::confirm;
        get "/login" => html::auth::login_form;
        post "/login" => html::auth::login;
        post "/logout" => html::auth::logout;
        get "/password/forgot" => html::auth::forgot_form;
        post "/password/forgot" => html::auth::forgot;
        get "/password/reset" => html::auth::reset_form;
        post "/password/reset" => html::auth::reset;
        get "/preferences" => html::prefs::show;
        post "/preferences" => html::prefs::save;
        post "/preferences/language" => html::prefs::language;
        get "/account" => html::account::show;
        post "/account/profile" => html::account::save_profile;
        get "/account/password" => html::account::password_form;
        post "/account/password" => html::account::change_password;
        get "/account/email" => html::account::email_form;
        post "/account/email" => html::account::change_email;
        get "/account/email/confirm" => html::account::email_confirm_form;
        post "/account/email/confirm" => html::account::email_confirm;
        get "/account/export" => html::account::export;
        get "/account/thanks" => html::help::thanks_list;
        post "/account/thanks/{id}" => html::help::thanks_toggle;
        get "/account/delete" => html::account::delete_form;
        post "/account/delete" => html::account::delete;
        get "/u/{id}" => html::neighbourhood::profile;
        get "/n/{slug}" => html::neighbourhood::show;
        post "/n/{slug}/join" => html::neighbourhood::join;
        post "/n/{slug}/code" => html::neighbourhood::redeem_code;
        get "/n/{slug}/members" => html::neighbourhood::members;
        get "/n/{slug}/manage" => html::manage::show;
        post "/n/{slug}/manage/members/{id}/confirm" => html::manage::confirm;
        post "/n/{slug}/manage/members/{id}/decline" => html::manage::decline;
        post "/n/{slug}/manage/members/{id}/role" => html::manage::set_role;
        post "/n/{slug}/manage/codes" => html::manage::create_codes;
        get "/n/{slug}/manage/codes/{batch}" => html::manage::print_codes;
        post "/n/{slug}/manage/help" => html::manage::help_settings;
        post "/n/{slug}/manage/reviewers" => html::manage::add_reviewer;
        post "/n/{slug}/manage/reviewers/{id}/remove" => html::manage::remove_reviewer;
        post "/n/{slug}/manage/office" => html::manage::office;
        get "/n/{slug}/aushang" => html::aushang::show;
        get "/n/{slug}/help" => html::help::list;
        get "/n/{slug}/help/new" => html::help::new_form;
        post "/n/{slug}/help" => html::help::create;
        get "/n/{slug}/help/mine" => html::help::mine;
        get "/n/{slug}/help/{id}" => html::help::show;
        post "/n/{slug}/help/{id}/answer" => html::help::answer;
        post "/n/{slug}/help/{id}/accept" => html::help::accept;
        post "/n/{slug}/help/{id}/done" => html::help::done;
        post "/n/{slug}/help/{id}/withdraw" => html::help::withdraw;
        post "/n/{slug}/help/{id}/thanks" => html::help::thank;
        post "/n/{slug}/help/{id}/report" => html::help::report;
        get "/n/{slug}/moderation" => html::moderation::list;
        post "/n/{slug}/moderation/{id}/hide" => html::moderation::hide;
        post "/n/{slug}/moderation/{id}/dismiss" => html::moderation::dismiss;
        get "/n/{slug}/organisations" => html::organisations::list;
        get "/n/{slug}/organisations/new" => html::organisations::new_form;
        post "/n/{slug}/organisations" => html::organisations::propose;
        post "/n/{slug}/organisations/{id}/confirm" => html::organisations::confirm;
        get "/n/{slug}/calendar" => html::events::calendar;
        get "/n/{slug}/calendar.ics" => html::events::calendar_ics;
        get "/n/{slug}/events/new" => html::events::new_form;
        post "/n/{slug}/events" => html::events::create;
        get "/n/{slug}/groups" => html::groups::list;
        get "/n/{slug}/groups/new" => html::groups::new_form;
        post "/n/{slug}/groups" => html::groups::create;
        get "/n/{slug}/groups/{id}" => html::groups::show;
        get "/n/{slug}/groups/{id}/edit" => html::groups::edit_form;
        post "/n/{slug}/groups/{id}/edit" => html::groups::edit;
        post "/n/{slug}/groups/{id}/join" => html::groups::join;
        post "/n/{slug}/groups/{id}/leave" => html::groups::leave;
        post "/n/{slug}/groups/{id}/members/{user}" => html::groups::set_member;
        post "/n/{slug}/groups/{id}/topics" => html::groups::create_topic;
        get "/n/{slug}/groups/{id}/topics/{topic}" => html::groups::topic;
        post "/n/{slug}/groups/{id}/topics/{topic}" => html::groups::reply;
        post "/n/{slug}/groups/{id}/posts/{post}/hide" => html::groups::hide_post;
        get "/n/{slug}/groups/{id}/events/new" => html::groups::event_form;
        post "/n/{slug}/groups/{id}/events" => html::groups::create_event;
        get "/o/{slug}" => html::organisations::show;
        get "/o/{slug}/feed.atom" => html::organisations::feed;
        get "/o/{slug}/events.ics" => html::events::org_ics;
        get "/o/{slug}/events/new" => html::events::org_new_form;
        post "/o/{slug}/events" => html::events::org_create;
        get "/e/{id}" => html::events::show;
        get "/e/{id}/event.ics" => html::events::ics;
        get "/e/{id}/edit" => html::events::edit_form;
        post "/e/{id}/edit" => html::events::edit;
        post "/e/{id}/cancel" => html::events::cancel;
        post "/e/{id}/signup" => html::events::sign_up;
        post "/e/{id}/signup/cancel" => html::events::withdraw;
        get "/e/{id}/attendees" => html::events::attendees;
        post "/e/{id}/attendees/message" => html::events::message;
        post "/e/{id}/hide" => html::events::hide;
        get "/o/{slug}/edit" => html::organisations::edit_form;
        post "/o/{slug}/edit" => html::organisations::edit;
        post "/o/{slug}/news" => html::organisations::post_news;
        get "/o/{slug}/news/{id}" => html::organisations::news;
        get "/img/{id}" => html::organisations::image;
        post "/o/{slug}/news/{id}/hide" => html::organisations::hide_news;
        get "/o/{slug}/members" => html::organisations::members;
        post "/o/{slug}/members" => html::organisations::set_member;
        post "/o/{slug}/members/{id}/remove" => html::organisations::remove_member;
        post "/o/{slug}/invitation" => html::organisations::answer_invitation;
        get "/o/{slug}/log" => html::organisations::log;
        post "/o/{slug}/neighbourhoods" => html::organisations::request_link;
        post "/o/{slug}/reviewers" => html::organisations::add_reviewer;
        post "/o/{slug}/reviewers/{id}/remove" => html::organisations::remove_reviewer;
        get "/easy/reviews" => html::easy::queue;
        get "/easy/reviews/{id}" => html::easy::review_form;
        post "/easy/reviews/{id}" => html::easy::review;
        get "/easy/{kind}/{id}" => html::easy::edit_form;
        post "/easy/{kind}/{id}" => html::easy::save;
        get "/inbox" => html::inbox::list;
        get "/inbox/{id}" => html::inbox::show;
        post "/inbox/{id}" => html::inbox::send;
        post "/inbox/{id}/block" => html::inbox::block;
        post "/inbox/{id}/unblock" => html::inbox::unblock;
        post "/inbox/{id}/messages/{message}/report" => html::inbox::report;
        get "/notifications" => html::notifications::list;
        post "/notifications/settings" => html::notifications::save;
        get "/admin" => html::admin::show;
        post "/admin/neighbourhoods" => html::admin::create;
        get "/api/v1/me" => api::me;
        post "/api/v1/easy-language/check" => api::easy_language_check;
        get "/api/v1/neighbourhoods" => api::neighbourhoods::list;
        get "/api/v1/neighbourhoods/{slug}" => api::neighbourhoods::show;
        get "/api/v1/neighbourhoods/{slug}/members" => api::neighbourhoods::members;
        get "/healthz" => html::ops::healthz;
        get "/readyz" => html::ops::readyz;
        get "/.well-known/security.txt" => html::ops::security_txt;
        get "/static/{name}" => html::ops::static_file;
    };
    // Upload routes take bodies larger than the default, so that a file over
    // the limit still reaches the handler and gets a message by its field.
    for r in &mut t {
        if UPLOAD_ROUTES.contains(&r.path) {
            r.handler = r.handler.clone().layer(axum::extract::DefaultBodyLimit::max(crate::media::MAX_BODY));
        }
    }
    t
}

/// Routes whose forms carry a file.
const UPLOAD_ROUTES: &[&str] = &["/o/{slug}/news"];

/// The router with every layer, innermost first: CSRF check, request
/// context and error rendering, security headers, compression, timeouts,
/// panics caught, tracing.
pub fn router(state: AppState) -> Router {
    let mut r = Router::new();
    for route in table() {
        r = r.route(route.path, route.handler);
    }
    r.fallback(html::ops::not_found)
        .layer(CsrfLayer::new())
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::ctx::context_layer))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::security::headers_layer))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
