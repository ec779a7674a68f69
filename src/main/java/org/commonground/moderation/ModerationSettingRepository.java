package org.commonground.moderation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationSettingRepository extends JpaRepository<ModerationSetting, Long> {

}
