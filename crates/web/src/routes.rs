//! The one route table. Every route is listed here, once, with the handler
//! whose path says what it does. The authorisation test walks this table:
//! a route missing from its role matrix fails the build's tests.

use crate::AppState;
use crate::{
    account, admin, census, coproduction, easy, events, groups, help, impact, inbox, mentoring, moderation,
    neighbourhoods, network, notice_board, notifications, organisations, pool, search, sites,
};
use axum::Router;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, get, post};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::classify::ServerErrorsFailureClass;
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
        get "/" => neighbourhoods::home::show;
        get "/setup" => admin::setup::form;
        post "/setup" => admin::setup::submit;
        get "/signup" => account::auth::signup_form;
        post "/signup" => account::auth::signup;
        get "/confirm" => account::auth::confirm_form;
        post "/confirm" => account::auth::confirm;
        get "/login" => account::auth::login_form;
        post "/login" => account::auth::login;
        post "/logout" => account::auth::logout;
        get "/password/forgot" => account::auth::forgot_form;
        post "/password/forgot" => account::auth::forgot;
        get "/password/reset" => account::auth::reset_form;
        post "/password/reset" => account::auth::reset;
        get "/preferences" => account::preferences::show;
        post "/preferences" => account::preferences::save;
        post "/preferences/language" => account::preferences::language;
        get "/account" => account::settings::show;
        post "/account/profile" => account::settings::save_profile;
        get "/account/password" => account::settings::password_form;
        post "/account/password" => account::settings::change_password;
        get "/account/email" => account::settings::email_form;
        post "/account/email" => account::settings::change_email;
        get "/account/email/confirm" => account::settings::email_confirm_form;
        post "/account/email/confirm" => account::settings::email_confirm;
        get "/account/export" => account::settings::export;
        get "/account/thanks" => help::thanks_list;
        post "/account/thanks/{id}" => help::thanks_toggle;
        get "/account/delete" => account::settings::delete_form;
        post "/account/delete" => account::settings::delete;
        get "/u/{id}" => neighbourhoods::neighbourhood::profile;
        get "/n/{slug}" => neighbourhoods::neighbourhood::show;
        post "/n/{slug}/join" => neighbourhoods::neighbourhood::join;
        post "/n/{slug}/code" => neighbourhoods::neighbourhood::redeem_code;
        get "/n/{slug}/members" => neighbourhoods::neighbourhood::members;
        get "/n/{slug}/manage" => neighbourhoods::manage::show;
        get "/n/{slug}/manage/members" => neighbourhoods::manage::members;
        get "/n/{slug}/manage/codes" => neighbourhoods::manage::codes;
        get "/n/{slug}/manage/help" => neighbourhoods::manage::help;
        get "/n/{slug}/manage/reviewers" => neighbourhoods::manage::reviewers;
        get "/n/{slug}/manage/office" => neighbourhoods::manage::board;
        get "/n/{slug}/manage/log" => neighbourhoods::manage::log;
        post "/n/{slug}/manage/members/{id}/confirm" => neighbourhoods::manage::confirm;
        post "/n/{slug}/manage/members/{id}/decline" => neighbourhoods::manage::decline;
        post "/n/{slug}/manage/members/{id}/role" => neighbourhoods::manage::set_role;
        post "/n/{slug}/manage/codes" => neighbourhoods::manage::create_codes;
        get "/n/{slug}/manage/codes/{batch}" => neighbourhoods::manage::print_codes;
        post "/n/{slug}/manage/help" => neighbourhoods::manage::help_settings;
        post "/n/{slug}/manage/reviewers" => neighbourhoods::manage::add_reviewer;
        post "/n/{slug}/manage/reviewers/{id}/remove" => neighbourhoods::manage::remove_reviewer;
        post "/n/{slug}/manage/office" => neighbourhoods::manage::office;
        get "/n/{slug}/aushang" => notice_board::show;
        get "/n/{slug}/search" => search::show;
        get "/n/{slug}/help" => help::list;
        get "/n/{slug}/help/new" => help::new_form;
        post "/n/{slug}/help" => help::create;
        get "/n/{slug}/help/mine" => help::mine;
        get "/n/{slug}/help/{id}" => help::show;
        post "/n/{slug}/help/{id}/answer" => help::answer;
        post "/n/{slug}/help/{id}/accept" => help::accept;
        post "/n/{slug}/help/{id}/done" => help::done;
        post "/n/{slug}/help/{id}/withdraw" => help::withdraw;
        post "/n/{slug}/help/{id}/thanks" => help::thank;
        post "/n/{slug}/help/{id}/report" => help::report;
        get "/n/{slug}/moderation" => moderation::list;
        post "/n/{slug}/moderation/{id}/hide" => moderation::hide;
        post "/n/{slug}/moderation/{id}/dismiss" => moderation::dismiss;
        get "/organisations" => organisations::directory;
        get "/n/{slug}/organisations" => organisations::list;
        get "/n/{slug}/organisations/new" => organisations::new_form;
        post "/n/{slug}/organisations" => organisations::propose;
        post "/n/{slug}/organisations/{id}/confirm" => organisations::confirm;
        get "/n/{slug}/calendar" => events::calendar;
        get "/n/{slug}/calendar.ics" => events::calendar_ics;
        get "/n/{slug}/events/new" => events::new_form;
        post "/n/{slug}/events" => events::create;
        get "/n/{slug}/groups" => groups::list;
        get "/n/{slug}/groups/new" => groups::new_form;
        post "/n/{slug}/groups" => groups::create;
        get "/n/{slug}/groups/{id}" => groups::show;
        get "/n/{slug}/groups/{id}/edit" => groups::edit_form;
        post "/n/{slug}/groups/{id}/edit" => groups::edit;
        post "/n/{slug}/groups/{id}/join" => groups::join;
        post "/n/{slug}/groups/{id}/leave" => groups::leave;
        post "/n/{slug}/groups/{id}/members/{user}" => groups::set_member;
        post "/n/{slug}/groups/{id}/topics" => groups::create_topic;
        get "/n/{slug}/groups/{id}/topics/{topic}" => groups::topic;
        post "/n/{slug}/groups/{id}/topics/{topic}" => groups::reply;
        post "/n/{slug}/groups/{id}/posts/{post}/hide" => groups::hide_post;
        get "/n/{slug}/groups/{id}/materials" => groups::materials;
        post "/n/{slug}/groups/{id}/materials" => groups::add_material;
        post "/n/{slug}/groups/{id}/materials/{item}/remove" => groups::remove_material;
        get "/n/{slug}/groups/{id}/learnt" => groups::learnt;
        post "/n/{slug}/groups/{id}/learnt" => groups::record;
        post "/n/{slug}/groups/{id}/learnt/{item}/remove" => groups::remove_learnt;
        get "/n/{slug}/groups/{id}/events/new" => events::group_new_form;
        post "/n/{slug}/groups/{id}/events" => events::group_create;
        get "/n/{slug}/projects" => coproduction::list;
        get "/n/{slug}/projects/new" => coproduction::new_form;
        post "/n/{slug}/projects" => coproduction::create;
        get "/n/{slug}/projects/{id}" => coproduction::show;
        post "/n/{slug}/projects/{id}/join" => coproduction::join;
        post "/n/{slug}/projects/{id}/invitation" => coproduction::answer_invitation;
        post "/n/{slug}/projects/{id}/invite" => coproduction::invite;
        post "/n/{slug}/projects/{id}/people/{user}" => coproduction::facilitate;
        post "/n/{slug}/projects/{id}/proxies" => coproduction::name_proxy;
        post "/n/{slug}/projects/{id}/role" => coproduction::set_role;
        post "/n/{slug}/projects/{id}/proposals" => coproduction::propose;
        get "/n/{slug}/projects/{id}/proposals/{proposal}" => coproduction::proposal;
        post "/n/{slug}/projects/{id}/proposals/{proposal}/vote" => coproduction::vote;
        post "/n/{slug}/projects/{id}/proposals/{proposal}/meeting" => coproduction::meeting;
        post "/n/{slug}/projects/{id}/proposals/{proposal}/comments" => coproduction::comment;
        post "/n/{slug}/projects/{id}/proposals/{proposal}/tasks" => coproduction::add_task;
        post "/n/{slug}/projects/{id}/tasks/{task}/done" => coproduction::tick;
        get "/n/{slug}/projects/{id}/checklist" => coproduction::checklist;
        post "/n/{slug}/projects/{id}/checklist" => coproduction::answer_checklist;
        get "/n/{slug}/projects/{id}/meetings/new" => coproduction::meeting_form;
        post "/n/{slug}/projects/{id}/meetings" => coproduction::plan_meeting;
        get "/n/{slug}/projects/{id}/meetings/{meeting}" => coproduction::show_meeting;
        post "/n/{slug}/projects/{id}/meetings/{meeting}" => coproduction::write_meeting;
        post "/n/{slug}/projects/{id}/continue" => coproduction::continue_project;
        get "/n/{slug}/census" => census::list;
        get "/n/{slug}/census/new" => census::new_form;
        post "/n/{slug}/census" => census::create;
        get "/n/{slug}/census/import" => census::import_form;
        post "/n/{slug}/census/import" => census::import;
        get "/n/{slug}/census/export.csv" => census::export;
        get "/n/{slug}/census/statistics" => census::statistics;
        post "/n/{slug}/census/snapshots" => census::snapshot;
        get "/n/{slug}/census/{id}" => census::edit_form;
        post "/n/{slug}/census/{id}/invite" => census::invite;
        get "/n/{slug}/census/{id}/letter" => census::letter;
        get "/claim" => census::claim_form;
        post "/claim" => census::claim_code;
        post "/claim/confirm" => census::claim_confirm;
        post "/n/{slug}/census/{id}" => census::update;
        get "/n/{slug}/impact" => impact::show;
        get "/n/{slug}/impact.csv" => impact::csv;
        post "/n/{slug}/impact/notice-board" => impact::count_notice_board;
        post "/n/{slug}/impact/publish" => impact::publish;
        get "/n/{slug}/impact/reports/{id}" => impact::published;
        get "/n/{slug}/network" => network::overview;
        get "/n/{slug}/network/partners" => network::partners;
        get "/n/{slug}/network/partners/new" => network::partner_new;
        post "/n/{slug}/network/partners" => network::partner_create;
        get "/n/{slug}/network/partners/{id}" => network::partner;
        get "/n/{slug}/network/partners/{id}/edit" => network::partner_edit;
        post "/n/{slug}/network/partners/{id}/edit" => network::partner_update;
        post "/n/{slug}/network/partners/{id}/gains" => network::save_gains;
        get "/n/{slug}/network/measures" => network::measures;
        get "/n/{slug}/network/measures/new" => network::measure_new;
        post "/n/{slug}/network/measures" => network::measure_create;
        get "/n/{slug}/network/measures/{id}/edit" => network::measure_edit;
        post "/n/{slug}/network/measures/{id}/edit" => network::measure_update;
        get "/n/{slug}/network/funding" => network::funding;
        get "/n/{slug}/network/funding/new" => network::funding_new;
        post "/n/{slug}/network/funding" => network::funding_create;
        get "/n/{slug}/network/funding/{id}/edit" => network::funding_edit;
        post "/n/{slug}/network/funding/{id}/edit" => network::funding_update;
        get "/n/{slug}/network/runway" => network::runway;
        get "/n/{slug}/network/balance" => network::balance;
        get "/n/{slug}/network/canvas" => network::canvas;
        post "/n/{slug}/network/canvas" => network::canvas_save;
        get "/n/{slug}/network/canvas/edit" => network::canvas_edit;
        post "/n/{slug}/network/canvas/visibility" => network::canvas_visibility;
        get "/n/{slug}/network/canvas/history" => network::canvas_history;
        get "/n/{slug}/network/canvas/print" => network::canvas_print;
        get "/n/{slug}/network/canvas/versions/{number}" => network::canvas_version;
        post "/n/{slug}/network/canvas/versions/{number}/comments" => network::canvas_comment;
        get "/n/{slug}/pool" => pool::pool;
        get "/n/{slug}/pool/new" => pool::resource_new;
        post "/n/{slug}/pool" => pool::resource_create;
        get "/n/{slug}/pool/{id}" => pool::resource;
        get "/n/{slug}/pool/{id}/edit" => pool::resource_edit;
        post "/n/{slug}/pool/{id}/edit" => pool::resource_update;
        post "/n/{slug}/pool/{id}/withdraw" => pool::resource_withdraw;
        post "/n/{slug}/pool/{id}/bookings" => pool::booking_create;
        post "/n/{slug}/pool/{id}/bookings/{booking}" => pool::booking_answer;
        get "/n/{slug}/mentoring" => mentoring::overview;
        get "/n/{slug}/mentoring/offer" => mentoring::offer_form;
        post "/n/{slug}/mentoring/offer" => mentoring::offer_save;
        get "/n/{slug}/mentoring/ask" => mentoring::ask_form;
        post "/n/{slug}/mentoring/ask" => mentoring::ask_create;
        get "/n/{slug}/mentoring/requests" => mentoring::requests;
        get "/n/{slug}/mentoring/{id}" => mentoring::pairing;
        post "/n/{slug}/mentoring/{id}/pair" => mentoring::pair;
        post "/n/{slug}/mentoring/{id}/pick" => mentoring::pick;
        post "/n/{slug}/mentoring/{id}/answer" => mentoring::answer;
        post "/n/{slug}/mentoring/{id}/sessions" => mentoring::log_session;
        post "/n/{slug}/mentoring/{id}/close" => mentoring::close;
        post "/n/{slug}/projects/{id}/surveys" => coproduction::create_survey;
        get "/n/{slug}/projects/{id}/surveys/{survey}" => coproduction::survey;
        post "/n/{slug}/projects/{id}/surveys/{survey}/questions" => coproduction::add_question;
        post "/n/{slug}/projects/{id}/surveys/{survey}/questions/{question}/remove" => coproduction::remove_question;
        post "/n/{slug}/projects/{id}/surveys/{survey}/status" => coproduction::move_survey;
        post "/n/{slug}/projects/{id}/surveys/{survey}/answers" => coproduction::answer;
        get "/n/{slug}/projects/{id}/surveys/{survey}/enter" => coproduction::enter_form;
        post "/n/{slug}/projects/{id}/surveys/{survey}/enter" => coproduction::enter;
        get "/n/{slug}/projects/{id}/surveys/{survey}/print" => coproduction::print;
        get "/n/{slug}/projects/{id}/surveys/{survey}/results" => coproduction::results;
        get "/o/{slug}" => organisations::show;
        get "/o/{slug}/feed.atom" => organisations::feed;
        get "/o/{slug}/events.ics" => events::org_ics;
        get "/o/{slug}/events/new" => events::org_new_form;
        post "/o/{slug}/events" => events::org_create;
        get "/e/{id}" => events::show;
        get "/e/{id}/event.ics" => events::ics;
        get "/e/{id}/edit" => events::edit_form;
        post "/e/{id}/edit" => events::edit;
        post "/e/{id}/cancel" => events::cancel;
        post "/e/{id}/signup" => events::sign_up;
        post "/e/{id}/signup/cancel" => events::withdraw;
        get "/e/{id}/attendees" => events::attendees;
        post "/e/{id}/attendees/message" => events::message;
        post "/e/{id}/hide" => events::hide;
        get "/o/{slug}/edit" => organisations::edit_form;
        post "/o/{slug}/edit" => organisations::edit;
        post "/o/{slug}/news" => organisations::post_news;
        get "/o/{slug}/news/{id}" => organisations::news;
        get "/img/{id}" => organisations::image;
        post "/o/{slug}/news/{id}/hide" => organisations::hide_news;
        get "/o/{slug}/members" => organisations::members;
        post "/o/{slug}/members" => organisations::set_member;
        post "/o/{slug}/members/{id}/remove" => organisations::remove_member;
        post "/o/{slug}/invitation" => organisations::answer_invitation;
        get "/o/{slug}/log" => organisations::log;
        post "/o/{slug}/neighbourhoods" => organisations::request_link;
        post "/o/{slug}/reviewers" => organisations::add_reviewer;
        post "/o/{slug}/reviewers/{id}/remove" => organisations::remove_reviewer;
        get "/o/{slug}/p/{page}" => sites::page;
        get "/o/{slug}/site" => sites::manage;
        get "/o/{slug}/site/pages/new" => sites::new_form;
        post "/o/{slug}/site/pages" => sites::create;
        get "/o/{slug}/site/pages/{id}" => sites::edit_form;
        post "/o/{slug}/site/pages/{id}" => sites::save;
        post "/o/{slug}/site/pages/{id}/delete" => sites::delete;
        get "/o/{slug}/contact" => sites::contact_form;
        post "/o/{slug}/contact" => sites::contact;
        get "/o/{slug}/site/messages" => sites::messages;
        get "/o/{slug}/join" => sites::join_form;
        post "/o/{slug}/join" => sites::join;
        get "/o/{slug}/site/requests" => sites::requests;
        post "/o/{slug}/site/requests/{id}" => sites::answer_request;
        get "/o/{slug}/site/look" => sites::look_form;
        post "/o/{slug}/site/look" => sites::save_look;
        get "/o/{slug}/site.css" => sites::stylesheet;
        get "/o/{slug}/branches" => sites::branches;
        get "/o/{slug}/site/links" => sites::links;
        get "/o/{slug}/site/export" => sites::export;
        post "/o/{slug}/site/links" => sites::ask_link;
        post "/o/{slug}/site/links/{id}" => sites::answer_link;
        get "/easy/reviews" => easy::queue;
        get "/easy/reviews/{id}" => easy::review_form;
        post "/easy/reviews/{id}" => easy::review;
        get "/easy/{kind}/{id}" => easy::edit_form;
        post "/easy/{kind}/{id}" => easy::save;
        get "/inbox" => inbox::list;
        get "/inbox/{id}" => inbox::show;
        post "/inbox/{id}" => inbox::send;
        post "/inbox/{id}/block" => inbox::block;
        post "/inbox/{id}/unblock" => inbox::unblock;
        post "/inbox/{id}/messages/{message}/report" => inbox::report;
        get "/notifications" => notifications::list;
        post "/notifications/settings" => notifications::save;
        get "/admin" => admin::instance::show;
        post "/admin/neighbourhoods" => admin::instance::create;
        get "/admin/domains" => admin::domains::show;
        post "/admin/domains" => admin::domains::add;
        post "/admin/domains/remove" => admin::domains::remove;
        get "/.well-known/quartier/tls-allowed" => admin::domains::tls_allowed;
        get "/api/v1/me" => account::api::me;
        post "/api/v1/easy-language/check" => easy::api::check;
        get "/api/v1/neighbourhoods" => neighbourhoods::api::list;
        get "/api/v1/neighbourhoods/{slug}" => neighbourhoods::api::show;
        get "/api/v1/neighbourhoods/{slug}/members" => neighbourhoods::api::members;
        get "/api/v1/neighbourhoods/{slug}/impact" => impact::api;
        get "/healthz" => admin::ops::healthz;
        get "/readyz" => admin::ops::readyz;
        get "/.well-known/security.txt" => admin::ops::security_txt;
        get "/static/{name}" => admin::ops::static_file;
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
const UPLOAD_ROUTES: &[&str] = &["/o/{slug}/news", "/n/{slug}/census/import", "/o/{slug}/site/look"];

/// The router with every layer, innermost first: CSRF check, request
/// context and error rendering, the load limit (health checks outside it),
/// security headers, conditional GET, compression, timeouts, panics caught,
/// tracing.
pub fn router(state: AppState) -> Router {
    let mut r = Router::new();
    for route in table() {
        r = r.route(route.path, route.handler);
    }
    let inner = r
        .fallback(admin::ops::not_found)
        .layer(CsrfLayer::new())
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::ctx::context_layer))
        .with_state(state.clone());
    // At most `max_in_flight` requests at once; one more is answered 503
    // with `Retry-After` straight away, before it touches the database, so
    // an overload neither queues without bound nor turns into errors.
    // (`Router::layer` would give every route a limit of its own.)
    let limited = tower::ServiceBuilder::new()
        .layer(axum::error_handling::HandleErrorLayer::new(|_: tower::BoxError| async { crate::error::overloaded() }))
        .load_shed()
        .concurrency_limit(usize::try_from(state.config.max_in_flight).unwrap_or(usize::MAX))
        .service(inner);
    Router::new()
        // Health checks pass the limit: a proxy must see an overloaded
        // server as alive, or it takes servers out of rotation one by one.
        // (They stay in `table()` for the route checks.)
        .route("/healthz", get(admin::ops::healthz))
        .route("/readyz", get(admin::ops::readyz))
        .fallback_service(limited)
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::security::headers_layer))
        .layer(axum::middleware::from_fn(crate::security::conditional_get))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http().on_failure(log_failure))
        .with_state(state)
}

/// A server error is logged as an error, except 503: under overload every
/// shed request is one, and a line each would flood the log when it can
/// least afford it.
fn log_failure(class: ServerErrorsFailureClass, latency: Duration, _: &tracing::Span) {
    let ms = latency.as_millis();
    match class {
        ServerErrorsFailureClass::StatusCode(StatusCode::SERVICE_UNAVAILABLE) => {
            tracing::debug!(latency_ms = ms, "503: overloaded or timed out")
        }
        other => tracing::error!(classification = %other, latency_ms = ms, "response failed"),
    }
}
